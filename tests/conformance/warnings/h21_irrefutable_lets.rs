// lints: irrefutable_let_patterns
// A route planner written with `if let`, `while let` and `let ... else` on
// patterns that always match, next to ones that can fail.
#[derive(Clone, Copy)]
struct Leg {
    from: u32,
    to: u32,
}

enum Step {
    Walk(u32),
    Ride(u32, u32),
}

fn length(leg: Leg) -> u32 {
    if let Leg { from, to } = leg {
        to - from
    } else {
        0
    }
}

fn first_ride(steps: &[Step; 3]) -> u32 {
    for s in steps {
        if let Step::Ride(a, b) = s {
            return a + b;
        }
    }
    0
}

fn total(legs: [Leg; 2]) -> u32 {
    let [a, b] = legs else { return 0 };
    let mut i = 0;
    let mut sum = 0;
    while let (n, true) = (i, i < 3) {
        sum += n;
        i += 1;
    }
    while let k = i {
        if k > 5 {
            break;
        }
        i += 1;
    }
    sum + length(a) + length(b)
}

fn walk_only(s: Step) -> u32 {
    let Step::Walk(d) = s else { return 0 };
    d
}

fn main() {
    let legs = [Leg { from: 1, to: 4 }, Leg { from: 4, to: 9 }];
    println!("{}", total(legs));
    println!("{}", first_ride(&[Step::Walk(1), Step::Ride(2, 3), Step::Walk(4)]));
    println!("{}", walk_only(Step::Walk(7)));
}
