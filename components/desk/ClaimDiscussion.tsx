// The desk's discussion of a claim: threads of comments, oldest first, each with its replies. Comments are
// Markdown, rendered by the one sanitised renderer (components/Markdown.tsx: no raw HTML, no javascript: links).
// Desk only: readers never see this.
import { Markdown } from '@/components/Markdown'
import { claimDiscussion, mentionableUsers, type DiscussionThread } from '@/lib/comments/queries'
import { CommentForm } from './CommentForm'

const when = (date: Date) => date.toISOString().slice(0, 16).replace('T', ' ')

type Comment = Omit<DiscussionThread, 'replies'>

function CommentBody({ comment, viewerId, canComment }: { comment: Comment; viewerId: string; canComment: boolean }) {
  return (
    <div className="space-y-1" id={`comment-${comment.id}`} data-testid="claim-comment">
      <p className="text-xs text-stone-600">
        <span className="font-medium text-stone-800">{comment.author?.name ?? '—'}</span> · {when(comment.createdAt)}
        {comment.editedAt ? ` · 고침 edited ${when(comment.editedAt)}` : ''}
      </p>
      <div className="text-sm">
        <Markdown>{comment.body}</Markdown>
      </div>
      {comment.mentions.length ? (
        <p className="text-xs text-stone-600" data-testid="comment-mentions">
          언급 <span lang="en">Mentioned</span>: {comment.mentions.map(({ user }) => user.name).join(', ')}
        </p>
      ) : null}
      {canComment && comment.author?.id === viewerId ? (
        <details className="text-sm">
          <summary className="cursor-pointer text-stone-600 underline">고치기 Edit</summary>
          <CommentForm mode={{ kind: 'edit', commentId: comment.id, body: comment.body }} />
        </details>
      ) : null}
    </div>
  )
}

export async function ClaimDiscussion({ claimId, viewerId, canComment }: { claimId: string; viewerId: string; canComment: boolean }) {
  const [threads, users] = await Promise.all([claimDiscussion(claimId), mentionableUsers()])
  const handles = users.map((user) => user.handle)
  return (
    <section aria-labelledby="discussion-heading" className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="discussion-heading" className="text-xl font-semibold">
        데스크 토론 <span lang="en" className="font-normal text-stone-500">Desk discussion (desk only)</span>
      </h2>
      {threads.length ? (
        <ol className="space-y-4">
          {threads.map((thread) => (
            <li key={thread.id} className="space-y-3 rounded border border-stone-200 p-3">
              <CommentBody comment={thread} viewerId={viewerId} canComment={canComment} />
              {thread.replies.length ? (
                <ol className="space-y-3 border-l-2 border-stone-200 pl-4">
                  {thread.replies.map((reply) => (
                    <li key={reply.id}>
                      <CommentBody comment={reply} viewerId={viewerId} canComment={canComment} />
                    </li>
                  ))}
                </ol>
              ) : null}
              {canComment ? (
                <details className="pl-4 text-sm">
                  <summary className="cursor-pointer text-stone-600 underline">답글 Reply</summary>
                  <CommentForm mode={{ kind: 'reply', claimId, parentId: thread.id }} handles={handles} />
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-stone-600">
          아직 댓글이 없습니다. <span lang="en">No comments yet.</span>
        </p>
      )}
      {canComment ? <CommentForm mode={{ kind: 'new', claimId }} handles={handles} /> : null}
    </section>
  )
}
