use crate::Score;

pub const BONUS_EVERY: u32 = 10_000;

pub fn lives_earned(before: Score, after: Score) -> u32 {
    let mut unused_total = 0;
    after.0 / BONUS_EVERY - before.0 / BONUS_EVERY
}

fn combo(hits: u32) -> u32 {
    hits * hits
}
