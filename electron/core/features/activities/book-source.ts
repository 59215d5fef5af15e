import type { CoreContext } from '../../kernel/context';
import type { Database } from '../../db/open';

/** A client's activities dated in a period, as the relationship report counts them. */
export interface PeriodFigures {
  /** Visit records, contact records and interviews (what the service plan counts as a contact). */
  contacts: number;
  visits: number;
  /** Each interview's satisfaction score (1-5). */
  scores: number[];
}

/** What the relationship report (the reports feature) reads of the activities. */
export interface ActivitiesBookSource {
  periodFigures(from: string, to: string): Map<string, PeriodFigures>;
  /** Open follow-ups per client, and how many are past their due day on `asOf`. */
  openFollowUps(asOf: string): Map<string, { open: number; overdue: number }>;
}

function figuresIn(db: Database, from: string, to: string): Map<string, PeriodFigures> {
  type Row = { clientId: string; kind: string; isContact: 0 | 1; score: number | null };
  const rows = db
    .prepare(
      `SELECT client_id AS clientId, kind, is_contact AS isContact,
         CASE kind WHEN 'interview' THEN json_extract(data, '$.satisfaction') END AS score
       FROM activities WHERE occurred_on BETWEEN ? AND ? AND kind <> 'visit_plan'`,
    )
    .all(from, to) as Row[];
  const byClient = new Map<string, PeriodFigures>();
  for (const row of rows) {
    let figures = byClient.get(row.clientId);
    if (!figures) byClient.set(row.clientId, (figures = { contacts: 0, visits: 0, scores: [] }));
    if (row.isContact === 1) figures.contacts += 1;
    if (row.kind === 'visit') figures.visits += 1;
    if (typeof row.score === 'number') figures.scores.push(row.score);
  }
  return byClient;
}

function openFollowUpsIn(db: Database, asOf: string): Map<string, { open: number; overdue: number }> {
  type Row = { clientId: string; open: number; overdue: number };
  const rows = db
    .prepare(
      `SELECT client_id AS clientId, COUNT(*) AS open, SUM(due_on < ?) AS overdue
       FROM follow_ups WHERE done_on IS NULL GROUP BY client_id`,
    )
    .all(asOf) as Row[];
  return new Map(rows.map((row) => [row.clientId, { open: row.open, overdue: row.overdue }]));
}

/** The activities' figures for the relationship report, over the open database. */
export function activitiesBookSource(context: CoreContext): ActivitiesBookSource {
  const db = context.perDatabase((database) => database);
  return {
    periodFigures: (from, to) => figuresIn(db(), from, to),
    openFollowUps: (asOf) => openFollowUpsIn(db(), asOf),
  };
}
