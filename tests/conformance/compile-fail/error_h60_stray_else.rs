#[derive(Debug, PartialEq, Clone, Copy)]
enum Grade {
    Pass,
    Fail,
    Merit,
}

fn grade(score: u32) -> Grade {
    if score >= 70 {
        Grade::Merit
    } else if score >= 40 {
        Grade::Pass
    }
    else {
        Grade::Fail
    };
    } else {
        Grade::Fail
    }
}

fn count(scores: &[u32], g: Grade) -> usize {
    let mut n = 0;
    for s in scores {
        if grade(*s) == g {
            n += 1;
        }
    }
    n
}

fn main() {
    let scores = [10, 55, 90, 72];
    let passes = count(&scores, Grade::Pass);
    let merits: bool = count(&scores, Grade::Merit);
    println!("{} {}", passes, merits);
    undefined_call();
}
