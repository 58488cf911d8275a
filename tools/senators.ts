// Build src/sites/senators.json, the dated directory of who holds each Senate seat, from a
// public-domain record of members of Congress (the congress-legislators data set, US public
// domain). Only what the popup needs is kept: state, name, rank and the office's own form.
//
//   npx tsx tools/senators.ts <senators.json from the research folder> [--as-of YYYY-MM-DD]
//
// The directory is valid until the next Congress begins (3 January of the next odd year):
// after that the popup says it is out of date and opens senate.gov's state page instead.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Source {
  source?: { commit_date?: string };
  senators: { state: string; name: string; last: string; state_rank?: string; contact_form?: string | null; contact_congress_form_url?: string | null; website?: string | null }[];
}

const [input, flag, value] = process.argv.slice(2);
if (!input) throw new Error('Usage: tsx tools/senators.ts <senators.json> [--as-of YYYY-MM-DD]');
const source = JSON.parse(readFileSync(input, 'utf8')) as Source;
const asOf = flag === '--as-of' && value ? value : source.source?.commit_date;
if (!asOf || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error('No date for the directory: pass --as-of YYYY-MM-DD');

/** A Congress begins at noon on 3 January of each odd year (20th Amendment). */
function nextCongress(date: string): string {
  const year = Number(date.slice(0, 4));
  const odd = year % 2 === 1 && date < `${year}-01-03` ? year : year + (year % 2 === 1 ? 2 : 1);
  return `${odd}-01-03`;
}

const official = (url: string | null | undefined) => (url && /^https:\/\/[a-z0-9.-]+\.senate\.gov(\/|$)/.test(url) ? url : null);

const senators = source.senators.map((s) => {
  const form = official(s.contact_form) ?? official(s.contact_congress_form_url) ?? official(s.website);
  if (!form) throw new Error(`No senate.gov page for ${s.name} (${s.state})`);
  return { state: s.state, name: s.name, last: s.last, rank: s.state_rank === 'senior' ? 'senior' : 'junior', form };
}).sort((a, b) => a.state.localeCompare(b.state) || (a.rank === b.rank ? a.last.localeCompare(b.last) : a.rank === 'senior' ? -1 : 1));

const directory = {
  about: 'Who holds each Senate seat, from the congress-legislators records (public domain). Rebuild with tools/senators.ts.',
  asOf,
  validUntil: nextCongress(asOf),
  senators,
};
const out = resolve('src/sites/senators.json');
writeFileSync(out, `${JSON.stringify(directory, null, 2)}\n`);
console.log(`${senators.length} senators, as of ${asOf}, valid until ${directory.validUntil}: ${out}`);
