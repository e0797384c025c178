-- The placement-site register: the kinds of Barnets Lov, CVR, supervising municipality, approved
-- places, contact person, who last changed the entry.

-- Old kinds map to the current ones: a foster family becomes an almen plejefamilie; a residential
-- institution and an opholdssted both become a børne- og ungehjem; the rest keep their name.
CREATE TYPE "SiteKind_new" AS ENUM ('GENERAL_FOSTER_FAMILY', 'REINFORCED_FOSTER_FAMILY', 'SPECIALISED_FOSTER_FAMILY', 'NETWORK_FOSTER_FAMILY', 'CHILDRENS_HOME', 'OWN_ROOM', 'BOARDING_SCHOOL');

ALTER TABLE "PlacementSite" ALTER COLUMN "kind" TYPE "SiteKind_new" USING (
  CASE "kind"::text
    WHEN 'FOSTER_FAMILY' THEN 'GENERAL_FOSTER_FAMILY'
    WHEN 'RESIDENTIAL_INSTITUTION' THEN 'CHILDRENS_HOME'
    WHEN 'OPHOLDSSTED' THEN 'CHILDRENS_HOME'
    ELSE "kind"::text
  END
)::"SiteKind_new";

ALTER TABLE "Placement" ALTER COLUMN "type" TYPE "SiteKind_new" USING (
  CASE "type"::text
    WHEN 'FOSTER_FAMILY' THEN 'GENERAL_FOSTER_FAMILY'
    WHEN 'RESIDENTIAL_INSTITUTION' THEN 'CHILDRENS_HOME'
    WHEN 'OPHOLDSSTED' THEN 'CHILDRENS_HOME'
    ELSE "type"::text
  END
)::"SiteKind_new";

DROP TYPE "SiteKind";
ALTER TYPE "SiteKind_new" RENAME TO "SiteKind";

ALTER TABLE "PlacementSite"
  ADD COLUMN "cvr" TEXT,
  ADD COLUMN "supervisingMunicipality" TEXT,
  ADD COLUMN "approvedPlaces" INTEGER,
  ADD COLUMN "contactName" TEXT,
  ADD COLUMN "contactPhone" TEXT,
  ADD COLUMN "contactEmail" TEXT,
  ADD COLUMN "updatedById" TEXT;

CREATE UNIQUE INDEX "PlacementSite_cvr_key" ON "PlacementSite"("cvr");
CREATE INDEX "PlacementSite_name_idx" ON "PlacementSite"("name");
