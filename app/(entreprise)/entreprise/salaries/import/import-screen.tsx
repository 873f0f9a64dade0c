// Issue 14, item 1: "IMPORTER DES SALARIÉS", in both company spaces (/entreprise and /adherent).
import { requireSpace } from "@/lib/auth/guards";
import type { CompanySpace } from "@/lib/auth/spaces";
import { importEmployeesAction, previewEmployeeImportAction } from "@/lib/people/actions";
import { EmployeeImportForm } from "@/components/company/employee-import-form";

export async function ImportScreen({ space }: { space: CompanySpace }) {
  await requireSpace(space);
  return (
    <section aria-labelledby="titre" className="grid min-w-0 grid-cols-1 gap-4">
      <h1 id="titre" className="text-2xl font-black">
        IMPORTER DES SALARIÉS
      </h1>
      <p>
        Inscrivez plusieurs salariés à partir d&apos;un fichier Excel ou CSV. Chaque ligne est vérifiée comme le formulaire «&#8239;Inscrire
        un nouveau salarié&#8239;»&#8239;; rien n&apos;est enregistré avant que vous ne confirmiez l&apos;import.
      </p>
      <EmployeeImportForm
        listPath={`/${space}/salaries`}
        templatePath={`/${space}/salaries/import/modele`}
        preview={previewEmployeeImportAction}
        importRows={importEmployeesAction}
      />
    </section>
  );
}
