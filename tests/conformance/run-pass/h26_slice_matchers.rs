// Sensor log analysis with slice patterns, `@` bindings and guards.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Trend {
    Flat,
    Rising(i32),
    Falling(i32),
    Spike { at: usize, height: i32 },
}

fn trend(samples: &[i32]) -> Trend {
    match samples {
        [] | [_] => Trend::Flat,
        [first, .., last] if last > first => Trend::Rising(last - first),
        [first, .., last] if last < first => Trend::Falling(first - last),
        [_, middle @ .., _] => {
            let mut at = 0;
            let mut height = 0;
            for (i, v) in middle.iter().enumerate() {
                if *v > height {
                    height = *v;
                    at = i + 1;
                }
            }
            if height > 0 { Trend::Spike { at, height } } else { Trend::Flat }
        }
    }
}

fn grade(v: i32) -> char {
    match v {
        i32::MIN..=-1 => '-',
        0 => '0',
        n @ 1..=5 if n % 2 == 0 => 'e',
        1..=5 => 'o',
        big @ 6.. => {
            if big > 100 { 'X' } else { 'x' }
        }
    }
}

fn head_tail(pair: [u8; 4]) -> (u8, u8) {
    let [head, _, _, tail] = pair;
    (head, tail)
}

fn main() {
    let logs: [&[i32]; 5] = [&[], &[4, 5, 9], &[9, 1, 2], &[0, 7, 3, 0], &[2, -1, 2]];
    for l in logs {
        println!("{:?} -> {:?}", l, trend(l));
    }
    for v in [-3, 0, 2, 3, 50, 500] {
        print!("{}", grade(v));
    }
    println!();
    println!("{:?}", head_tail([1, 2, 3, 4]));
}
