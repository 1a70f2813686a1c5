-- The registrations' USCCs that V31 kept in the store moved to files in the data directory (registered/): writing
-- and deleting 126 MB of text in the store cost every 7M night 20–70 s for a lookup only an import needs.
DROP TABLE REGISTERED_USCC;
