-- Who really made each device, as the attribution engine last decided it, and with which version
-- of the knowledge base: a newer version means the device is attributed again.
ALTER TABLE device ADD COLUMN maker VARCHAR(200);
ALTER TABLE device ADD COLUMN brand VARCHAR(200);
ALTER TABLE device ADD COLUMN attributed_type VARCHAR(20);
ALTER TABLE device ADD COLUMN attribution_confidence DOUBLE PRECISION;
-- under the default regime (uk-sensitive-sites): NULL when it cannot be decided
ALTER TABLE device ADD COLUMN covered BOOLEAN;
ALTER TABLE device ADD COLUMN knowledge_version INTEGER;
CREATE INDEX device_knowledge_version_idx ON device (knowledge_version);
