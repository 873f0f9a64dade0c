export function LegalPage({ title, sections }: { title: string; sections: { heading: string; body: string }[] }) {
  return (
    <article className="max-w-3xl rounded-lg bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-black">{title}</h1>
      {sections.map((s) => (
        <section key={s.heading} className="mt-5">
          <h2 className="font-bold">{s.heading}</h2>
          <p className="mt-1 text-slate-700">{s.body}</p>
        </section>
      ))}
    </article>
  );
}
