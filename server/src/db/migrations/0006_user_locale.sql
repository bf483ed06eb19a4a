-- Each user's language (issue 14): en_US or nb_NO; NULL follows the network's (WU_LOCALE).
ALTER TABLE users ADD COLUMN locale TEXT;
