// Score-to-grade conversion with integer range patterns.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Grade {
    Excellent,
    Good,
    Pass,
    Fail,
}

struct Exam {
    scores: [u8; 6],
}

fn grade_for(score: u8) -> Grade {
    match score {
        90..=100 => Grade::Excellent,
        75..=89 => Grade::Good,
        50..=74 => Grade::Pass,
        0..=49 => Grade::Fail,
    }
}

fn bonus(delta: i32) -> i32 {
    match delta {
        i32::MIN..=-1 => 0,
        0..=10 => delta,
        11..=50 => 10 + (delta - 10) / 2,
    }
}

impl Exam {
    fn grades(&self) -> [Grade; 6] {
        let mut out = [Grade::Fail; 6];
        for (i, &s) in self.scores.iter().enumerate() {
            out[i] = grade_for(s);
        }
        out
    }

    fn pass_rate(&self) -> u32 {
        let mut passed = 0u32;
        for g in self.grades() {
            if g != Grade::Fail {
                passed += 1;
            }
        }
        passed * 100 / self.scores.len() as u32
    }

    fn curve(&mut self, points: i32) {
        for s in self.scores.iter_mut() {
            let raised = *s as i32 + bonus(points);
            *s = raised.clamp(0, 100) as u8;
        }
    }
}

fn main() {
    let mut exam = Exam { scores: [95, 42, 77, 50, 88, 31] };
    println!("{:?}", exam.grades());
    println!("pass rate {}%", exam.pass_rate());
    exam.curve(14);
    println!("{:?} after curve", exam.grades());
    println!("pass rate {}%", exam.pass_rate());
}
