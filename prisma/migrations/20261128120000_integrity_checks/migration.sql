-- A goal is rated 0–10 in whole steps (src/domain/method/ratings.ts). The column is an integer
-- already; the range holds here too, against a hand-written SQL session or a future code path.
ALTER TABLE "GoalRating" ADD CONSTRAINT "GoalRating_rating_range" CHECK ("rating" BETWEEN 0 AND 10);
