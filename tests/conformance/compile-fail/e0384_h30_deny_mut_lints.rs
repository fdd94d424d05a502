// A lap timer where a fn-level `#[deny(unused_mut)]` meets a reassigned immutable binding.

struct Lap {
    number: u32,
    millis: u32,
}

#[deny(unused_mut)]
fn best(laps: &[Lap; 4]) -> u32 {
    let mut best = u32::MAX;
    let mut worst = 0;
    for lap in laps {
        if lap.millis < best {
            best = lap.millis;
        }
    }
    best
}

fn average(laps: &[Lap; 4]) -> u32 {
    let total = 0;
    for lap in laps {
        total += lap.millis;
    }
    total / laps.len() as u32
}

#[deny(unused_variables, unused_assignments)]
fn fastest_number(laps: &[Lap; 4]) -> u32 {
    let mut idx = 0;
    let mut found = 0;
    for (i, lap) in laps.iter().enumerate() {
        if lap.millis == best(laps) {
            idx = i;
            found = lap.number;
        }
    }
    laps[idx].number
}

fn main() {
    let laps = [
        Lap { number: 1, millis: 61_200 },
        Lap { number: 2, millis: 59_870 },
        Lap { number: 3, millis: 60_010 },
        Lap { number: 4, millis: 62_450 },
    ];
    let shown = 0;
    println!("best {} avg {} #{}", best(&laps), average(&laps), fastest_number(&laps));
    shown = 1;
}
