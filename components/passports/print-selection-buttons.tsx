// F1 and issue 18, item 7: the two ways to print the passports ticked in a list (form="impression"):
// one page each, or sheets of 8 wallet cards.
const BUTTON = "min-h-11 rounded-md border-2 border-navy bg-white px-4 font-bold";

export function PrintSelectionButtons() {
  return (
    <span className="flex flex-wrap gap-2">
      <button type="submit" className={BUTTON}>
        Imprimer les passeports sélectionnés
      </button>
      <button type="submit" name="format" value="cartes" className={BUTTON}>
        Imprimer en cartes (8 par page)
      </button>
    </span>
  );
}
