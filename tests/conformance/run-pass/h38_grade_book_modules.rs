// Modules with private fields, constructors, enums with discriminants.
mod school {
    #[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
    pub enum Grade {
        F = 0,
        D = 1,
        C = 2,
        B = 3,
        A = 4,
    }

    pub struct Student {
        pub name: &'static str,
        scores: [u8; 4],
    }

    impl Student {
        pub const MAX_SCORE: u8 = 100;

        pub fn new(name: &'static str, scores: [u8; 4]) -> Student {
            Student { name, scores }
        }

        pub fn average(&self) -> f64 {
            let mut sum = 0u32;
            for s in self.scores {
                sum += s as u32;
            }
            sum as f64 / self.scores.len() as f64
        }

        pub fn grade(&self) -> Grade {
            letter(self.average())
        }

        pub fn best(&self) -> u8 {
            let mut best = 0;
            for &s in &self.scores {
                best = best.max(s);
            }
            best
        }
    }

    fn letter(avg: f64) -> Grade {
        match avg as u32 {
            90..=100 => Grade::A,
            80..=89 => Grade::B,
            70..=79 => Grade::C,
            60..=69 => Grade::D,
            _ => Grade::F,
        }
    }
}

use school::{Grade, Student};

fn main() {
    let class = [
        Student::new("ada", [95, 88, 92, 100]),
        Student::new("bo", [72, 65, 80, 70]),
        Student::new("cy", [40, 55, 61, 58]),
    ];
    let mut honor_roll = 0;
    for s in class.iter() {
        let g = s.grade();
        println!(
            "{:<4} avg {:>6.2} grade {:?} ({}) best {}/{}",
            s.name,
            s.average(),
            g,
            g as i32,
            s.best(),
            Student::MAX_SCORE
        );
        if g >= Grade::B {
            honor_roll += 1;
        }
    }
    println!("honor roll: {honor_roll}");
}
