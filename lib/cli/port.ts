import { createServer } from 'node:net'
import { UserError } from '../errors'

/** Says plainly that the port is taken, before anything else starts. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new UserError(`Port ${port} is already in use. Stop whatever is using it, or start on another port: PORT=3001 npm start`)
          : error,
      ),
    )
    server.listen(port, () => server.close(() => resolve()))
  })
}
