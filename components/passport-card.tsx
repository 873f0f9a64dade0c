// Issue 18, item 1: a passport as a card that fills a phone's screen, to show at the quarry's
// gate: the QR code the controller scans (signed: it checks even without network), and what a
// guard reads at a glance, with the holder's confirmed photo (item 2) or their initials.
import { formatDate } from "@/lib/format";
import type { PassportCard as Card } from "@/lib/passports/passport-cards";

export function PassportCard({ card }: { card: Card }) {
  const initials = `${card.firstName.slice(0, 1)}${card.lastName.slice(0, 1)}`.toUpperCase();
  return (
    <article
      aria-label={`Passeport ${card.number}`}
      className="mx-auto flex min-h-[calc(100svh-13rem)] w-full max-w-md flex-col overflow-hidden rounded-2xl bg-white shadow-lg md:min-h-0"
    >
      <header className="flex items-center justify-between gap-2 bg-navy px-4 py-3 text-white">
        <p className="font-black tracking-wider">
          PASSEPORT <span className="text-safety">SÉCURITÉ</span>
        </p>
        <p className="rounded bg-green-700 px-2 py-0.5 text-xs font-black uppercase">Valide</p>
      </header>
      <div className="grid grid-cols-[5.5rem_1fr] gap-4 px-4 pt-4">
        {/* same place and size as on the gate's answer */}
        {card.photo ? (
          // eslint-disable-next-line @next/next/no-img-element -- a data URL, nothing for next/image to optimise
          <img
            data-slot="photo-titulaire"
            src={card.photo}
            alt={`Photo de ${card.firstName} ${card.lastName}`}
            className="aspect-[4/5] w-full rounded-md object-cover"
          />
        ) : (
          <div
            data-slot="photo-titulaire"
            role="img"
            aria-label="Pas encore de photo"
            className="grid aspect-[4/5] place-items-center rounded-md bg-slate-200 text-2xl font-black text-slate-500"
          >
            {initials}
          </div>
        )}
        <div className="min-w-0">
          <p className="text-2xl font-black leading-tight break-words">{card.lastName.toUpperCase()}</p>
          <p className="text-xl font-bold leading-tight break-words">{card.firstName}</p>
          <p className="mt-1 text-sm break-words text-slate-700">{card.companyName}</p>
        </div>
      </div>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 px-4 py-3 text-sm">
        <div className="col-span-2">
          <dt className="text-xs font-semibold uppercase text-slate-500">Profil</dt>
          <dd className="font-semibold">{card.profileName}</dd>
        </div>
        <div>
          <dt className="text-xs font-semibold uppercase text-slate-500">Numéro</dt>
          <dd className="font-mono text-base font-bold">{card.number}</dd>
        </div>
        <div>
          <dt className="text-xs font-semibold uppercase text-slate-500">Valable jusqu&apos;au</dt>
          <dd className="text-base font-bold">{formatDate(card.expiresAt)}</dd>
        </div>
      </dl>
      <div className="flex flex-1 flex-col items-center justify-center gap-2 border-t border-slate-200 px-4 py-3">
        {/* eslint-disable-next-line @next/next/no-img-element -- a data URL drawn on the server */}
        <img src={card.qrCode} alt={`QR code du passeport ${card.number}`} className="aspect-square w-full max-w-[16.5rem]" />
        <p className="text-center text-xs text-slate-600">À présenter au contrôle&#8239;: le QR code se vérifie même sans réseau.</p>
      </div>
    </article>
  );
}
