-- Device, observation and history keys are handed out in blocks of 1000 from this sequence
-- (block n covers n*1000 .. n*1000+999) so that bulk loads need one round trip per block.
CREATE SEQUENCE id_block_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE device (
    id                   BIGINT       PRIMARY KEY,
    external_id          VARCHAR(32)  NOT NULL UNIQUE,
    department_id        BIGINT       NOT NULL REFERENCES department (id),
    site_id              BIGINT       NOT NULL REFERENCES site (id),
    location_id          BIGINT       REFERENCES location (id),
    category             VARCHAR(20)  NOT NULL,
    make                 VARCHAR(200),
    model                VARCHAR(200),
    serial               VARCHAR(200),
    mac                  VARCHAR(17),
    ip                   VARCHAR(45),
    hostname             VARCHAR(255),
    asset_tag            VARCHAR(100),
    description          VARCHAR(1000),
    network_segment      VARCHAR(20)  NOT NULL,
    lifecycle_state      VARCHAR(20)  NOT NULL,
    -- how a re-import of the register recognises this device, and a digest of what it recorded
    register_key         VARCHAR(300),
    register_fingerprint VARCHAR(64),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT device_register_key_per_department UNIQUE (department_id, register_key)
);

CREATE INDEX device_site_idx ON device (site_id);
