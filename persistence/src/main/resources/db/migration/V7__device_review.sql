-- The review that settled a device's maker, if any: re-attribution leaves such devices alone.
ALTER TABLE device ADD COLUMN review_id BIGINT REFERENCES review (id);
