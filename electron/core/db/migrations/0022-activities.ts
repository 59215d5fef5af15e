import type { Migration } from './migration';

/**
 * A client's activities (visit plans and records, contacts, interviews) and follow-up tasks.
 * `activity_last` keeps each client's latest contact and portfolio review, rewritten with every
 * change to that client's activities, so the service plans and the 今日 page read one row per
 * client instead of grouping half a million activities.
 */
export const migration0022: Migration = {
  version: 22,
  name: 'client activities and follow-ups',
  up(db) {
    db.exec(`
      CREATE TABLE activities (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('visit_plan', 'visit', 'contact', 'interview')),
        occurred_on TEXT NOT NULL,
        occurred_time TEXT,
        -- The kind's own fields (place, agenda, subject, channel, satisfaction...), as JSON.
        data TEXT NOT NULL CHECK (json_valid(data)),
        is_contact INTEGER NOT NULL CHECK (is_contact IN (0, 1)),
        is_review INTEGER NOT NULL CHECK (is_review IN (0, 1)),
        -- A visit record made from a plan names it; the plan names the record that completed it.
        plan_id TEXT,
        completed_by TEXT,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX activities_client ON activities (client_id, occurred_on, occurred_time, created_at);
      CREATE INDEX activities_contacts ON activities (client_id, occurred_on) WHERE is_contact = 1;
      CREATE INDEX activities_reviews ON activities (client_id, occurred_on) WHERE is_review = 1;
      CREATE INDEX activities_open_plans ON activities (occurred_on, occurred_time)
        WHERE kind = 'visit_plan' AND completed_by IS NULL;

      CREATE TABLE activity_last (
        client_id TEXT PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
        last_contact TEXT,
        last_review TEXT
      ) WITHOUT ROWID;

      CREATE TABLE follow_ups (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        activity_id TEXT,
        title TEXT NOT NULL,
        due_on TEXT NOT NULL,
        done_on TEXT,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX follow_ups_client ON follow_ups (client_id, due_on);
      CREATE INDEX follow_ups_open ON follow_ups (due_on) WHERE done_on IS NULL;

      -- The 今日 page's birthdays this week (ClientsService.birthdaysOn): month-day of live clients.
      CREATE INDEX clients_birthday ON clients (substr(birth_date, 6))
        WHERE deleted_at IS NULL AND birth_date IS NOT NULL;
    `);
  },
};
