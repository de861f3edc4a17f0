// Generates the FSRS-6 reference fixtures under src/test/resources/fixtures/fsrs/ from ts-fsrs, the
// reference implementation. The Java tests (FsrsFixtureTest) replay every history and need no Node.
//
// Reference: ts-fsrs 5.4.2 from npm (the newest 5.x when the fixtures were made). Settings:
//   generatorParameters({ w: default_w, request_retention: R, maximum_interval: M,
//                         enable_fuzz: false, enable_short_term: true,
//                         learning_steps: ['1m', '10m'], relearning_steps: ['10m'] })
// with R = 0.9 and M = 36500 unless a history says otherwise (other retentions and maximum
// intervals are listed per history).
//
// Regenerate (from the repository root):
//   dir=$(mktemp -d) && (cd "$dir" && npm init -y >/dev/null && npm install ts-fsrs@5.4.2)
//   node src/test/js/gen_fsrs_fixtures.mjs "$dir" src/test/resources/fixtures/fsrs
//
// The output is deterministic: random histories come from a seeded generator, not Math.random.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const TS_FSRS_VERSION = '5.4.2'
const [installDir, outDir] = process.argv.slice(2)
if (!installDir || !outDir) {
  console.error('usage: node gen_fsrs_fixtures.mjs <folder with node_modules/ts-fsrs> <output folder>')
  process.exit(2)
}
const packageDir = join(installDir, 'node_modules', 'ts-fsrs')
const version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version
if (version !== TS_FSRS_VERSION) {
  console.error(`expected ts-fsrs ${TS_FSRS_VERSION}, found ${version}`)
  process.exit(2)
}
const F = await import(pathToFileURL(join(packageDir, 'dist', 'index.mjs')).href)
const { fsrs, generatorParameters, createEmptyCard, default_w, forgetting_curve, dateDiffInDays,
  get_fuzz_range, Rating, State } = F

const GRADES = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy }
const GRADE_NAMES = ['manual', 'again', 'hard', 'good', 'easy']
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

function scheduler(retention, maximumInterval) {
  return fsrs(generatorParameters({
    w: default_w,
    request_retention: retention,
    maximum_interval: maximumInterval,
    enable_fuzz: false,
    enable_short_term: true,
    learning_steps: ['1m', '10m'],
    relearning_steps: ['10m'],
  }))
}

function iso(date) {
  return date ? date.toISOString() : null
}

function cardView(card) {
  return {
    due: iso(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    reps: card.reps,
    lapses: card.lapses,
    state: State[card.state],
    learningSteps: card.learning_steps,
    lastReview: iso(card.last_review),
  }
}

/**
 * Replays reviews given as [grade, when] pairs, where when(card) returns the review time from the
 * card before the review, and records what ts-fsrs computes at every step.
 */
function history(name, start, steps, retention = 0.9, maximumInterval = 36500) {
  const f = scheduler(retention, maximumInterval)
  let card = createEmptyCard(start)
  const reviews = []
  for (const [grade, when] of steps) {
    const at = when(card)
    // The retrievability the scheduler uses: whole calendar days (UTC) since the last review.
    const retrievability = card.state === State.New ? null
      : forgetting_curve(f.parameters.w, dateDiffInDays(card.last_review, at), card.stability)
    const preview = f.repeat(card, at)
    const item = f.next(card, at, grade)
    reviews.push({
      at: iso(at),
      grade: GRADE_NAMES[grade],
      retrievability,
      card: cardView(item.card),
      log: {
        state: State[item.log.state],
        stability: item.log.stability,
        difficulty: item.log.difficulty,
        elapsedDays: item.log.elapsed_days,
        scheduledDays: item.log.scheduled_days,
        learningSteps: item.log.learning_steps,
      },
      previewDue: {
        again: iso(preview[Rating.Again].card.due),
        hard: iso(preview[Rating.Hard].card.due),
        good: iso(preview[Rating.Good].card.due),
        easy: iso(preview[Rating.Easy].card.due),
      },
    })
    card = item.card
  }
  return { name, desiredRetention: retention, maximumInterval, start: iso(start), reviews }
}

// Review-time helpers: each returns when(card) for history().
const atDue = () => (card) => card.due
const after = (ms) => (card) => new Date((card.last_review ?? card.due).getTime() + ms)
const atFraction = (fraction) => (card) => {
  const last = (card.last_review ?? card.due).getTime()
  return new Date(last + Math.round((card.due.getTime() - last) * fraction / 1000) * 1000)
}

/** "good@0 good@10m again@3d" style scripts, offsets since the start, as in `gru-drill schedule`. */
function script(name, start, text, retention, maximumInterval) {
  const steps = text.trim().split(/\s+/).map((token) => {
    const [g, offset] = token.split('@')
    let ms = 0
    for (const [, n, unit] of offset.matchAll(/(\d+)([dhm])/g)) {
      ms += Number(n) * { d: DAY, h: HOUR, m: MINUTE }[unit]
    }
    return [GRADES[g], () => new Date(start.getTime() + ms)]
  })
  return history(name, start, steps, retention, maximumInterval)
}

const seq = (grades, when) => grades.map((g) => [GRADES[g], when])

function handmade() {
  const midnight = new Date('2026-01-05T00:00:00Z')
  const noon = new Date('2026-03-10T12:00:00Z')
  const lateEvening = new Date('2026-06-01T23:55:00Z')
  const out = []
  out.push(script('readme example', midnight, 'good@0 good@10m again@3d easy@3d10m'))
  // Every first grade, then every second grade at the due time.
  for (const first of Object.keys(GRADES)) {
    out.push(history(`first ${first}`, noon, seq([first], atDue())))
    for (const second of Object.keys(GRADES)) {
      out.push(history(`${first} then ${second} at due`, noon, seq([first, second], atDue())))
    }
  }
  // Learning steps: ladder, hard at each step, again resets the ladder.
  out.push(history('learning ladder good good good', noon, seq(['good', 'good', 'good'], atDue())))
  out.push(history('hard hard hard in learning', noon, seq(['hard', 'hard', 'hard', 'good', 'good'], atDue())))
  out.push(history('good then hard at step 2', noon, seq(['good', 'hard', 'hard', 'good'], atDue())))
  out.push(history('again resets learning', noon, seq(['good', 'again', 'good', 'good', 'good'], atDue())))
  out.push(history('learning card reviewed two days late', noon,
    [[Rating.Good, atDue()], [Rating.Good, after(2 * DAY)], [Rating.Good, atDue()]]))
  out.push(history('learning card forgotten days later', noon,
    [[Rating.Hard, atDue()], [Rating.Again, after(3 * DAY)], [Rating.Good, atDue()], [Rating.Good, atDue()]]))
  // Same-day reviews of a review card (short-term stability), early and late reviews.
  out.push(script('easy then same-day reviews', noon, 'easy@0 good@1h good@2h hard@3h again@4h good@5h'))
  out.push(script('same instant twice', noon, 'good@0 good@0 good@0 easy@0'))
  out.push(history('early reviews at half the interval', noon,
    [...seq(['good', 'good'], atDue()), ...seq(['good', 'good', 'good', 'easy', 'hard'], atFraction(0.5))]))
  out.push(history('late reviews at three times the interval', noon,
    [...seq(['good', 'good'], atDue()), ...seq(['good', 'good', 'hard', 'good'], atFraction(3))]))
  out.push(history('very late: a year away, then ten years', noon,
    [...seq(['good', 'good'], atDue()), [Rating.Good, after(365 * DAY)], [Rating.Again, after(3650 * DAY)],
      [Rating.Good, atDue()]]))
  // Around midnight UTC: 10 minutes later is the next calendar day.
  out.push(script('across midnight UTC', lateEvening, 'good@0 good@10m good@20m again@2d good@2d10m'))
  out.push(history('across midnight UTC, new card easy', lateEvening,
    [[Rating.Easy, atDue()], [Rating.Good, after(10 * MINUTE)], [Rating.Good, atDue()]]))
  // Lapses and relearning.
  out.push(history('lapse, relearn with hard and again', noon,
    [...seq(['good', 'good', 'good'], atDue()), ...seq(['again', 'hard', 'again', 'hard', 'good', 'good'], atDue())]))
  out.push(history('many lapses', noon,
    seq(['easy', 'again', 'good', 'again', 'good', 'again', 'easy', 'good', 'again', 'again', 'good', 'good'],
      atDue())))
  out.push(history('relearning card answered easy', noon,
    seq(['good', 'good', 'good', 'again', 'easy', 'good'], atDue())))
  // Long sequences.
  out.push(history('thirty goods at due', midnight, seq(Array(30).fill('good'), atDue())))
  out.push(history('twenty hards at due', midnight, seq(Array(20).fill('hard'), atDue())))
  out.push(history('easy streak to the maximum interval', midnight, seq(Array(14).fill('easy'), atDue())))
  out.push(history('easy streak, maximum interval 365', midnight, seq(Array(14).fill('easy'), atDue()), 0.9, 365))
  out.push(history('good streak, maximum interval 30', midnight, seq(Array(14).fill('good'), atDue()), 0.9, 30))
  // Other desired retentions, same histories.
  for (const r of [0.7, 0.8, 0.85, 0.95, 0.97, 0.99]) {
    out.push(script(`readme example, retention ${r}`, midnight, 'good@0 good@10m again@3d easy@3d10m', r))
    out.push(history(`mixed at due, retention ${r}`, noon,
      seq(['good', 'good', 'hard', 'good', 'easy', 'again', 'good', 'good', 'hard', 'good'], atDue()), r))
  }
  return out
}

// mulberry32: a small seeded generator, so the random histories are the same on every run.
function mulberry32(seed) {
  return function () {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function randomHistories(count) {
  const rand = mulberry32(20260101)
  const pick = (weighted) => {
    let x = rand() * weighted.reduce((sum, [, w]) => sum + w, 0)
    for (const [value, w] of weighted) {
      if ((x -= w) < 0) return value
    }
    return weighted[weighted.length - 1][0]
  }
  const out = []
  for (let i = 0; i < count; i++) {
    // Any second of 2025–2027, so reviews land at every time of day.
    const start = new Date(Date.UTC(2025, 0, 1) + Math.floor(rand() * 3 * 365 * 86400) * 1000)
    const retention = i % 3 === 0 ? pick([[0.7, 1], [0.8, 1], [0.85, 1], [0.95, 1], [0.97, 1]]) : 0.9
    const maximumInterval = i % 17 === 0 ? pick([[30, 1], [180, 1], [365, 1]]) : 36500
    const length = 2 + Math.floor(rand() * 24)
    const steps = []
    for (let k = 0; k < length; k++) {
      const grade = pick([[Rating.Again, 15], [Rating.Hard, 15], [Rating.Good, 50], [Rating.Easy, 20]])
      const timing = pick([['due', 35], ['early', 20], ['late', 25], ['sameDay', 10], ['veryLate', 10]])
      const u = rand()
      const seconds = Math.floor(rand() * 3600)
      const when = {
        due: atDue(),
        early: atFraction(u),
        late: (card) => new Date(atFraction(1 + 2 * u)(card).getTime() + seconds * 1000),
        sameDay: after(seconds * 1000),
        veryLate: after(Math.floor(u * 400 * 86400) * 1000),
      }[timing]
      steps.push([grade, when])
    }
    out.push(history(`random ${i + 1}`, start, steps, retention, maximumInterval))
  }
  return out
}

function fuzzRanges() {
  const out = []
  for (const maximumInterval of [36500, 100]) {
    for (let interval = 1; interval <= 400; interval += interval < 40 ? 1 : 7) {
      for (const elapsedDays of [0, 1, Math.floor(interval / 2), interval, interval + 5]) {
        const { min_ivl, max_ivl } = get_fuzz_range(interval, elapsedDays, maximumInterval)
        out.push({ interval, elapsedDays, maximumInterval, min: min_ivl, max: max_ivl })
      }
    }
  }
  return out
}

// One history (or fuzz range) per line keeps the files reviewable in diffs.
function write(file, key, items) {
  const header = {
    generator: 'src/test/js/gen_fsrs_fixtures.mjs',
    reference: `ts-fsrs ${TS_FSRS_VERSION}`,
    weights: default_w,
    learningSteps: ['1m', '10m'],
    relearningSteps: ['10m'],
    fuzz: false,
  }
  const head = JSON.stringify(header).slice(0, -1)
  const body = items.map((item) => '  ' + JSON.stringify(item)).join(',\n')
  writeFileSync(join(outDir, file), `${head},\n "${key}": [\n${body}\n]}\n`)
}

mkdirSync(outDir, { recursive: true })
const made = handmade()
const random = randomHistories(200)
write('handmade.json', 'histories', made)
write('random.json', 'histories', random)
write('fuzz-ranges.json', 'fuzzRanges', fuzzRanges())
console.log(`${made.length} handmade and ${random.length} random histories, ` +
  `${[...made, ...random].reduce((n, h) => n + h.reviews.length, 0)} reviews`)
