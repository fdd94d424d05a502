// Assertions with formatted messages that all hold, plus typed arithmetic done right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Grade {
    Low,
    Mid,
    High,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Score {
    points: u8,
    bonus: u32,
}

fn grade(s: Score) -> Grade {
    let total = s.points as u32 + s.bonus;
    if total >= 90 {
        Grade::High
    } else if total >= 50 {
        Grade::Mid
    } else {
        Grade::Low
    }
}

fn main() {
    let scores = [Score { points: 40, bonus: 5 }, Score { points: 70, bonus: 10 }, Score { points: 85, bonus: 15 }];
    let expected = [Grade::Low, Grade::Mid, Grade::High];
    for (i, s) in scores.iter().enumerate() {
        let g = grade(*s);
        assert_eq!(g, expected[i], "score {i} {s:?}");
        assert!(g >= Grade::Low, "grade {:?} below the floor", g);
        assert_ne!(s.points, 0);
        println!("{i}: {:>3} + {:<3} -> {g:?}", s.points, s.bonus);
    }
    let widths: [usize; 3] = [4, 6, 8];
    for w in widths {
        println!("[{:>w$}]", scores[0].points);
    }
    let total: u32 = scores.len() as u32 * 2 + scores[2].bonus;
    assert_eq!(total, 21, "total was {}", total);
    println!("total {total:05}");
}
