export function Forbidden() {
  return (
    <div role="alert" className="rounded border border-amber-300 bg-amber-50 p-4">
      <p className="font-semibold">이 페이지를 볼 권한이 없습니다.</p>
      <p lang="en" className="text-sm text-stone-700">
        Your role does not give access to this page. Ask an admin if you need it.
      </p>
    </div>
  )
}
