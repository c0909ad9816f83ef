CREATE TABLE observation (
    id          BIGINT       PRIMARY KEY,
    external_id VARCHAR(32)  NOT NULL UNIQUE,
    device_id   BIGINT       NOT NULL REFERENCES device (id),
    source      VARCHAR(20)  NOT NULL,
    observed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    reference   VARCHAR(600) NOT NULL,
    -- the raw fields exactly as seen, as a JSON object of strings
    raw_fields  VARCHAR(100000) NOT NULL
);

CREATE INDEX observation_device_idx ON observation (device_id);

-- The values a device had before a change, and why it changed.
CREATE TABLE device_history (
    id              BIGINT       PRIMARY KEY,
    device_id       BIGINT       NOT NULL REFERENCES device (id),
    replaced_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    reason          VARCHAR(600) NOT NULL,
    site_id         BIGINT       NOT NULL,
    location_id     BIGINT,
    category        VARCHAR(20)  NOT NULL,
    make            VARCHAR(200),
    model           VARCHAR(200),
    serial          VARCHAR(200),
    mac             VARCHAR(17),
    ip              VARCHAR(45),
    hostname        VARCHAR(255),
    asset_tag       VARCHAR(100),
    description     VARCHAR(1000),
    network_segment VARCHAR(20)  NOT NULL
);

CREATE INDEX device_history_device_idx ON device_history (device_id);

-- Facts about the database itself, e.g. that it holds the demo estate.
CREATE TABLE clearsite_meta (
    meta_key   VARCHAR(100) PRIMARY KEY,
    meta_value VARCHAR(500) NOT NULL
);
