-- Issue 17 (plan reads): the version of the plan catalogue, what plan-service's cache of plan and target reads is
-- keyed by (cn.guihua.plan.plan.PlanCache). Every transaction that writes a plan, an area, a goal, a measure, a
-- target or a scheduled evaluation adds one to it, in the same transaction, by the triggers below: whatever the code
-- path (the API, the reference loader, another replica, SQL by hand), a reader that sees the change sees the new
-- version, and one that sees the old version sees none of it. The epoch tells a recreated database from this one.
CREATE TABLE plan_catalogue_version (
    id      BOOLEAN PRIMARY KEY DEFAULT true CHECK (id),
    epoch   UUID    NOT NULL DEFAULT gen_random_uuid(),
    version BIGINT  NOT NULL DEFAULT 0
);
INSERT INTO plan_catalogue_version DEFAULT VALUES;

-- Once per transaction: the first statement that changes the catalogue bumps the version and notes it in a
-- transaction-local setting (undone with the transaction, or with a savepoint rolled back to before it). Before the
-- statement: a writer takes the version row's lock before any row of the catalogue, so that two writers wait for
-- each other there, always in that order, and never deadlock on it.
CREATE FUNCTION plan_catalogue_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('guihua.plan_catalogue_changed', true) IS DISTINCT FROM 'on' THEN
        UPDATE plan_catalogue_version SET version = version + 1;
        PERFORM set_config('guihua.plan_catalogue_changed', 'on', true);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER plan_catalogue_changed BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON plan
    FOR EACH STATEMENT EXECUTE FUNCTION plan_catalogue_changed();
CREATE TRIGGER plan_catalogue_changed BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON plan_area
    FOR EACH STATEMENT EXECUTE FUNCTION plan_catalogue_changed();
CREATE TRIGGER plan_catalogue_changed BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON plan_goal
    FOR EACH STATEMENT EXECUTE FUNCTION plan_catalogue_changed();
CREATE TRIGGER plan_catalogue_changed BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON plan_measure
    FOR EACH STATEMENT EXECUTE FUNCTION plan_catalogue_changed();
CREATE TRIGGER plan_catalogue_changed BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON plan_target
    FOR EACH STATEMENT EXECUTE FUNCTION plan_catalogue_changed();
CREATE TRIGGER plan_catalogue_changed BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON plan_evaluation
    FOR EACH STATEMENT EXECUTE FUNCTION plan_catalogue_changed();
