-- What a fresh install shows: the building blocks, the service desk and the FAQ of the source page.
-- No personal data: an administrator fills in the name of the Service Delivery Manager.

INSERT INTO external_service (code, name_nl, name_en, description_nl, description_en) VALUES
 ('fas', 'Federale authenticatiedienst (FAS)', 'Federal Authentication Service (FAS)',
  'De authenticatiedienst van de federale overheid, waarop het Toegangsbeheer voor de digitale sleutels steunt.',
  'The federal government''s authentication service, on which access management relies for the digital keys.');

INSERT INTO product (code, name_nl, name_en, description_nl, description_en, sort_order) VALUES
 ('toegangsbeheer', 'Toegangsbeheer', 'Access management',
  'Aanmelden bij de toepassingen van de overheid met digitale sleutels.',
  'Logging in to government applications with digital keys.', 1),
 ('sleutelbeheer', 'Sleutelbeheer', 'Key management',
  'Beheer van digitale sleutels.', 'Management of digital keys.', 2),
 ('geprivilegieerd-toegangsbeheer', 'Geprivilegieerd toegangsbeheer', 'Privileged access management',
  'Toegang voor beheerders tot gevoelige systemen.', 'Administrators'' access to sensitive systems.', 3),
 ('gebruikersbeheer', 'Gebruikersbeheer', 'User management',
  'Beheer van gebruikers en hun rechten.', 'Management of users and their rights.', 4),
 ('certificatenbeheer', 'Certificatenbeheer', 'Certificate management',
  'Aanvragen en beheren van certificaten.', 'Requesting and managing certificates.', 5);

INSERT INTO product_external_dependency (product_id, external_service_id)
 SELECT p.id, e.id FROM product p, external_service e WHERE p.code = 'toegangsbeheer' AND e.code = 'fas';

INSERT INTO support_line (line_number, name_nl, name_en, who_nl, who_en, how_nl, how_en, channels, phone,
                          free_of_charge, opens_at, closes_at, open_weekdays) VALUES
 (1, 'Eerste lijn: helpdesk 1700', 'First line: helpdesk 1700',
  'De centrale helpdesk 1700 behandelt eerstelijnsvragen gratis.',
  'The central helpdesk 1700 handles first-line questions free of charge.',
  'Bel gratis 1700, chat of mail met de helpdesk, of raadpleeg de website.',
  'Call 1700 free of charge, chat or mail the helpdesk, or consult the website.',
  'PHONE,CHAT,MAIL', '1700', TRUE, '09:00:00', '19:00:00', 'MON-FRI'),
 (2, 'Tweede lijn: gespecialiseerde operatoren ACM-IDM', 'Second line: specialised ACM-IDM operators',
  'Gespecialiseerde operatoren voor vragen en problemen over ACM-IDM, bijvoorbeeld: Hoe activeer ik een digitale sleutel? Waar kan ik rechten aanvragen? Het lukt niet om aan te melden!',
  'Specialised operators for questions and problems about ACM-IDM, for example: How do I activate a digital key? Where can I request access rights? I can''t log in!',
  'Ook via 1700: de helpdesk verbindt je door.', 'Also via 1700: the helpdesk puts you through.',
  'PHONE,CHAT,MAIL', '1700', TRUE, '09:00:00', '19:00:00', 'MON-FRI'),
 (3, 'Derde lijn: ondersteuningsteam Veiligheidsbouwstenen', 'Third line: security building blocks support team',
  'Het ondersteuningsteam Veiligheidsbouwstenen van Digitaal Vlaanderen.',
  'The security building blocks support team of Digitaal Vlaanderen.',
  'De helpdesk 1700 schakelt je vraag schriftelijk door.', 'Helpdesk 1700 forwards your question in writing.',
  'MAIL', NULL, FALSE, NULL, NULL, NULL),
 (4, 'Vierde lijn: productteams, toepassingshelpdesks en leveranciers', 'Fourth line: product teams, application helpdesks and suppliers',
  'De productteams, de helpdesk(s) van de toepassing of de leverancier(s).',
  'The product teams, the application helpdesk(s) or the supplier(s).',
  'Het ondersteuningsteam stuurt je vraag door.', 'The support team forwards your question.',
  'MAIL', NULL, FALSE, NULL, NULL, NULL);

INSERT INTO escalation_contact (role_nl, role_en, sort_order) VALUES
 ('Service Delivery Manager', 'Service Delivery Manager', 1);

INSERT INTO faq_category (code, name_nl, name_en, sort_order) VALUES
 ('aanmelden', 'Aanmelden en digitale sleutels', 'Logging in and digital keys', 1),
 ('beschikbaarheid', 'Beschikbaarheid en afhankelijkheden', 'Availability and dependencies', 2),
 ('onderhoud', 'Onderhoud', 'Maintenance', 3);

INSERT INTO faq_entry (category_id, question_nl, question_en, answer_nl, answer_en, search_nl, search_en, sort_order)
 SELECT c.id,
  'Wat als de federale authenticatiedienst (FAS) niet beschikbaar is?',
  'What if the Federal Authentication Service (FAS) is unavailable?',
  'Het Toegangsbeheer van de Vlaamse overheid maakt voor zijn authenticatiedienst gebruik van de federale authenticatie service (FAS) en de digitale sleutels om aan te melden op de verschillende overheidstoepassingen. Als de federale diensten onbeschikbaar zijn, stemmen we met de federale overheid af over de aard en de duur. Kan de beschikbaarheid niet meteen hersteld worden, dan biedt het Vlaams Toegangsbeheer een back-upproces met de eID: na activatie kunnen gebruikers opnieuw aanmelden met de digitale sleutel eID.',
  'Flemish access management uses the Federal Authentication Service (FAS) and the digital keys to log in to the government applications. If the federal services are unavailable, the nature and duration are agreed with the federal government. If availability cannot be restored at once, Flemish access management offers a back-up process using the eID: after activation, users can log in again with the eID digital key.',
  '', '', 1
 FROM faq_category c WHERE c.code = 'beschikbaarheid';

INSERT INTO faq_entry (category_id, question_nl, question_en, answer_nl, answer_en, search_nl, search_en, sort_order)
 SELECT c.id,
  'Waar vind ik de beschikbaarheid van de diensten?',
  'Where can I find the availability of the services?',
  'De publieke beschikbaarheidsrapportering staat op de pagina Beschikbaarheid. Real-time informatie vind je, afhankelijk van het product, op de statuspagina.',
  'Public availability reporting is on the Availability page. Real-time information, depending on the product, is on the status page.',
  '', '', 2
 FROM faq_category c WHERE c.code = 'beschikbaarheid';

INSERT INTO faq_entry (category_id, question_nl, question_en, answer_nl, answer_en, search_nl, search_en, sort_order)
 SELECT c.id,
  'Hoe wordt gepland onderhoud aangekondigd?',
  'How is planned maintenance announced?',
  'Gepland onderhoud wordt aangekondigd met een banner bij het aanmelden en in de ICT-nieuwsbrief. Je kan je op deze website op de nieuwsbrief abonneren.',
  'Planned maintenance is announced by a banner at login and in the ICT newsletter. You can subscribe to the newsletter on this website.',
  '', '', 1
 FROM faq_category c WHERE c.code = 'onderhoud';

INSERT INTO faq_entry (category_id, question_nl, question_en, answer_nl, answer_en, search_nl, search_en, sort_order)
 SELECT c.id,
  'Wat bij onverwacht onderhoud?',
  'What about unexpected maintenance?',
  'Bij onverwacht onderhoud plaatsen we altijd een banner bij het aanmelden op de betrokken toepassing.',
  'For unexpected maintenance a banner is always placed at login on the application concerned.',
  '', '', 2
 FROM faq_category c WHERE c.code = 'onderhoud';

INSERT INTO faq_entry (category_id, question_nl, question_en, answer_nl, answer_en, search_nl, search_en, sort_order)
 SELECT c.id,
  'Hoe activeer ik een digitale sleutel?',
  'How do I activate a digital key?',
  'Neem contact op met de helpdesk 1700 (gratis, telefoon, chat of mail, van 9 tot 19 uur). De gespecialiseerde operatoren van de tweede lijn helpen je de sleutel te activeren.',
  'Contact helpdesk 1700 (free of charge, by phone, chat or mail, 09:00 to 19:00). The specialised second-line operators help you activate the key.',
  '', '', 1
 FROM faq_category c WHERE c.code = 'aanmelden';

INSERT INTO faq_entry (category_id, question_nl, question_en, answer_nl, answer_en, search_nl, search_en, sort_order)
 SELECT c.id,
  'Waar kan ik rechten aanvragen?',
  'Where can I request access rights?',
  'Rechten vraag je aan bij de gebruikersbeheerder van je organisatie. Weet je niet wie dat is, neem dan contact op met de helpdesk 1700.',
  'Access rights are requested from your organisation''s user administrator. If you don''t know who that is, contact helpdesk 1700.',
  '', '', 2
 FROM faq_category c WHERE c.code = 'aanmelden';

INSERT INTO faq_entry (category_id, question_nl, question_en, answer_nl, answer_en, search_nl, search_en, sort_order)
 SELECT c.id,
  'Het lukt niet om aan te melden!',
  'I can''t log in!',
  'Kijk eerst op de statuspagina of er een storing of onderhoud is. Is alles operationeel, neem dan contact op met de helpdesk 1700: de tweede lijn zoekt het probleem met je uit.',
  'First check the status page for an outage or maintenance. If everything is operational, contact helpdesk 1700: the second line works out the problem with you.',
  '', '', 3
 FROM faq_category c WHERE c.code = 'aanmelden';

-- The search columns hold question and answer folded to lower case without accents (FaqEntry keeps
-- them so on every save); the seed texts have no accents, so LOWER is the same fold here.
UPDATE faq_entry SET search_nl = LOWER(question_nl || ' ' || answer_nl),
                     search_en = LOWER(question_en || ' ' || answer_en);
