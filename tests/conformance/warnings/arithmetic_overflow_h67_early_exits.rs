// lints: arithmetic_overflow
// regen: build
// Budget helpers whose overflows rustc's MIR lint sees only on some paths:
// a `return` or `break` visited first forgets the values of the locals in scope.
#![allow(unused_variables, unused_assignments)]

enum Tier {
    Free,
    Paid(u8),
}

fn after_else_return(paid: bool) -> u8 {
    let cap: u8 = 255;
    if paid {
    } else {
        return 0;
    }
    cap + 1
}

fn after_then_return(paid: bool) -> u8 {
    let cap: u8 = 255;
    if paid {
        return 0;
    }
    cap + 1
}

fn after_negated_return(paid: bool) -> u8 {
    let cap: u8 = 255;
    if !paid {
        return 0;
    }
    cap + 1
}

fn after_early_arm(level: u8) -> u8 {
    let cap: u8 = 255;
    match level {
        0 => return 0,
        _ => {}
    }
    cap + 1
}

fn after_late_arm(level: u8) -> u8 {
    let cap: u8 = 255;
    match level {
        0 => {}
        _ => return 0,
    }
    cap + 1
}

fn after_variant_arms(tier: Tier) -> u8 {
    let cap: u8 = 255;
    match tier {
        Tier::Paid(_) => {}
        Tier::Free => return 0,
    }
    cap + 1
}

fn after_if_let(tier: Tier) -> u8 {
    let cap: u8 = 255;
    if let Tier::Paid(_) = tier {
        return 0;
    }
    cap + 1
}

fn after_loop_return(costs: &[u8]) -> u8 {
    let cap: u8 = 255;
    for c in costs {
        if *c > 9 {
            return 0;
        }
    }
    cap + 1
}

fn inside_loop_after_break(costs: &[u8]) -> u8 {
    let mut total = 0;
    for c in costs {
        let cap: u8 = 255;
        if *c > 9 {
            break;
        }
        total = cap + 1;
    }
    total
}

fn outside_loop_after_break(costs: &[u8]) -> u8 {
    let cap: u8 = 255;
    let mut total = 0;
    for c in costs {
        if *c > 9 {
            break;
        }
        total = cap + 1;
    }
    total
}

fn loop_with_exit_first(paid: bool) -> u8 {
    let cap: u8 = 255;
    loop {
        if paid {
            break;
        }
        return 0;
    }
    cap + 1
}

fn known_condition(paid: bool) -> u8 {
    const LIMIT: u8 = 3;
    let cap: u8 = 255;
    if LIMIT > 5 {
        return 0;
    }
    cap + 1
}

fn main() {
    let costs = [1, 2, 30];
    let total = after_else_return(true) as u32
        + after_then_return(false) as u32
        + after_negated_return(true) as u32
        + after_early_arm(1) as u32
        + after_late_arm(0) as u32
        + after_variant_arms(Tier::Paid(1)) as u32
        + after_if_let(Tier::Free) as u32
        + after_loop_return(&costs) as u32
        + inside_loop_after_break(&costs) as u32
        + outside_loop_after_break(&costs) as u32
        + loop_with_exit_first(true) as u32
        + known_condition(true) as u32;
    println!("{}", total);
}
