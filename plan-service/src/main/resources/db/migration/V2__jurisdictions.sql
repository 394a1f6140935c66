CREATE TABLE jurisdiction (
    code        VARCHAR(12) PRIMARY KEY CHECK (code ~ '^(\d{6}|\d{9}|\d{12})$'),
    name        TEXT        NOT NULL,
    level       TEXT        NOT NULL CHECK (level IN ('PROVINCE', 'CITY', 'DISTRICT', 'STREET', 'VILLAGE')),
    parent_code VARCHAR(12) REFERENCES jurisdiction (code),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    version     BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX jurisdiction_parent ON jurisdiction (parent_code);

-- The jurisdictions of the seed documents and their parents (GB/T 2260).
INSERT INTO jurisdiction (code, name, level, parent_code) VALUES
    ('370000', '山东省', 'PROVINCE', NULL),
    ('370100', '济南市', 'CITY', '370000'),
    ('370103', '市中区', 'DISTRICT', '370100'),
    ('370104', '槐荫区', 'DISTRICT', '370100'),
    ('370300', '淄博市', 'CITY', '370000'),
    ('370303', '张店区', 'DISTRICT', '370300'),
    ('370600', '烟台市', 'CITY', '370000'),
    ('371300', '临沂市', 'CITY', '370000'),
    ('371302', '兰山区', 'DISTRICT', '371300');
