-- A placement that ends unplanned says so in its end reason, so the family page and the statistics
-- can tell a breakdown from a planned move or a return home; the PlacementBreakdown row says why.
ALTER TYPE "PlacementEndReason" ADD VALUE 'BREAKDOWN';
