export function ComingSoon({ title }: { title: string }) {
  return (
    <section aria-labelledby="titre" className="rounded-lg bg-white p-6 shadow-sm">
      <h1 id="titre" className="text-xl font-bold uppercase">
        {title}
      </h1>
      <p className="mt-3 text-slate-700">Cette rubrique sera bientôt disponible.</p>
    </section>
  );
}
