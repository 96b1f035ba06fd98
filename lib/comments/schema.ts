// What the claim discussion's forms may send: shared by the desk form (client) and the actions.
import { z } from 'zod'
import { blankToUndefined, idField } from '@/lib/actions/fields'

/** The database's CHECK counts characters (code points), as `[...text].length` does. */
export const MAX_COMMENT = 10_000

const bodyField = z
  .string({ error: '댓글을 입력하세요. Write a comment.' })
  // Browsers send textarea line breaks as CRLF; stored text uses LF.
  .transform((text) => text.replace(/\r\n?/g, '\n').trim())
  .pipe(
    z
      .string()
      .min(1, '댓글을 입력하세요. Write a comment.')
      .refine((text) => [...text].length <= MAX_COMMENT, `댓글은 ${MAX_COMMENT}자 이하입니다. At most ${MAX_COMMENT} characters.`),
  )

export const addCommentInput = z.object({
  claimId: idField,
  /** The top-level comment this one answers; blank for a new thread. */
  parentId: z.preprocess(blankToUndefined, idField.optional()),
  body: bodyField,
})

export const editCommentInput = z.object({
  commentId: idField,
  body: bodyField,
})
