-- A version of the incident matrix is provisional until an administrator confirms it: the seed's
-- matrix is an example, and the public pages say so until then.
ALTER TABLE incident_matrix ADD COLUMN confirmed_at TIMESTAMP;
ALTER TABLE incident_matrix ADD COLUMN confirmed_by VARCHAR(200);
