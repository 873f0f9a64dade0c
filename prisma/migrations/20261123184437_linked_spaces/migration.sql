-- C1/C3: while linked, the person logs in with the company login, and the former personal login is kept for the split.
ALTER TABLE "SpaceLink" RENAME COLUMN "formerCompanyAccountId" TO "formerPersonAccountId";

-- A3: member numbers assigned on approval, never reused: A10500, A10501 and so on.
CREATE SEQUENCE "member_number_seq" START WITH 10500;
