"use server";
// Server actions of the administrators' own screens (issue 11): the global search's
// suggestions as one types. Thin wrappers over lib/admin.
import { z } from "zod";
import { adminAction } from "@/lib/safe-action";
import { globalSearch } from "@/lib/admin/global-search";
import { SEARCH_MAX_LENGTH } from "@/lib/admin/search-terms";

const searchSchema = z.object({ q: z.string().max(SEARCH_MAX_LENGTH, "Recherche trop longue.") });

export const searchSuggestionsAction = adminAction("admin.searchSuggestions", searchSchema, ({ q }, { viewer }) =>
  globalSearch(viewer, q, 5),
);
