-- Bumped in every transaction that changes devices, so readers can tell cheaply whether what they
-- worked out before (the dashboard's counts) still holds.
CREATE TABLE estate_version (
    id      INTEGER PRIMARY KEY,
    version BIGINT  NOT NULL
);

INSERT INTO estate_version (id, version) VALUES (1, 0);
