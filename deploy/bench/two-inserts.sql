-- The raw PostgreSQL baseline for one registration: the case row and its outbox row in one transaction
-- (what a registration must write at the least), on a copy of intake's schema.
BEGIN;
INSERT INTO hotline_case (case_number, channel, received_at, anonymous, caller_name, caller_phone, callback_requested,
                          category, priority, district, street, address, description, status, registered_by,
                          registered_at, address_key)
VALUES ('P-' || txid_current(), 'HOTLINE', now(), false, '王建国', '13812345678', true, 'STREET_VENDOR', 'NORMAL',
        'EAST', '人民路', '人民路88号', '小区门口每天傍晚有流动摊点占道经营，油烟很大', 'REGISTERED', 'bench', now(),
        'east|人民路|人民路88号');
INSERT INTO outbox_event (id, topic, type, case_number, source, occurred_at, payload)
VALUES (gen_random_uuid(), 'intake.cases', 'hotline.case.registered', 'P-' || txid_current(), '/hotline/intake-service', now(),
        '{"caseNumber":"H-261129-0001","channel":"HOTLINE","category":"STREET_VENDOR","priority":"NORMAL","district":"EAST","street":"人民路","gridCell": null,"receivedAt":"2026-11-29T07:00:00Z","anonymous": false,"callbackRequested": true}');
COMMIT;
