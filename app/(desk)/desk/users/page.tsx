import { CreateUserForm } from '@/components/desk/CreateUserForm'
import { Forbidden } from '@/components/desk/Forbidden'
import { UserRow } from '@/components/desk/UserRow'
import { requireUser } from '@/lib/auth/session'
import { listUsers } from '@/lib/users/queries'

export default async function UsersPage() {
  const { user, allowed } = await requireUser('users.manage', '/desk/users')
  if (!allowed) return <Forbidden />
  const users = await listUsers()
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">
        사용자 <span lang="en" className="font-normal text-stone-500">Users</span>
      </h1>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Users</caption>
        <thead>
          <tr className="border-b border-stone-300 text-left">
            <th className="py-2">이름 Name</th>
            <th>이메일 Email</th>
            <th>역할 Role</th>
            <th>상태 Status</th>
            <th>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((row) => (
            <UserRow key={row.id} user={row} isSelf={row.id === user.id} />
          ))}
        </tbody>
      </table>
      <CreateUserForm />
    </div>
  )
}
