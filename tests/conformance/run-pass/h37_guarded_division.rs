// Averages guarded by checks on constants. Where the guard returns early,
// rustc knows the division below it is never reached.
const TEAMS: u32 = 0;
const ROUNDS: usize = 0;
const BOARD: usize = 2;

fn per_team(points: u32) -> u32 {
    if TEAMS == 0 {
        return points;
    }
    points / TEAMS
}

fn per_round(points: [u32; BOARD]) -> u32 {
    let empty = ROUNDS == 0;
    if empty {
        return 0;
    }
    points[ROUNDS + 2] / ROUNDS as u32
}

fn spread(points: [u32; BOARD]) -> u32 {
    if TEAMS > 0 {
        points[0] / TEAMS
    } else {
        points[0] + points[1]
    }
}

fn replay(points: [u32; BOARD]) -> u32 {
    let mut sum = 0;
    while ROUNDS > 0 {
        sum += points[BOARD] % TEAMS;
    }
    sum
}

fn leader(points: [u32; BOARD]) -> usize {
    if BOARD < 3 {
        if points[0] >= points[1] {
            return 0;
        }
        return 1;
    }
    let third = points[BOARD] as usize;
    third / ROUNDS
}

fn main() {
    let points = [30, 12];
    println!("{}", per_team(40));
    println!("{}", per_round(points));
    println!("{}", spread(points));
    println!("{}", replay(points));
    println!("{}", leader(points));
}
