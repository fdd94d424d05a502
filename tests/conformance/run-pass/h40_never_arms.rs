#[derive(Debug, Clone, Copy, PartialEq)]
enum Step {
    Inc(u32),
    Skip,
    Stop,
}

fn run(steps: &[Step]) -> u32 {
    let mut acc = 0;
    let mut i = 0;
    loop {
        let s = if i < steps.len() { steps[i] } else { break acc };
        i += 1;
        let delta = match s {
            Step::Inc(n) => n,
            Step::Skip => continue,
            Step::Stop => return acc * 100,
        };
        acc += delta;
    }
}

fn must_inc(s: Step) -> u32 {
    match s {
        Step::Inc(n) => n,
        Step::Skip | Step::Stop => unreachable!("not an increment: {:?}", s),
    }
}

fn main() {
    println!("{}", run(&[Step::Inc(2), Step::Skip, Step::Inc(3)]));
    println!("{}", run(&[Step::Inc(1), Step::Stop, Step::Inc(9)]));
    println!("{}", must_inc(Step::Inc(7)));
}
