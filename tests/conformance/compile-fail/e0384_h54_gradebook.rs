// Grade book: an array of student records, averages and letter grades.
#[derive(Debug, Clone, Copy)]
struct Student {
    id: u32,
    scores: [u8; 4],
}

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
enum Letter {
    A,
    B,
    C,
    D,
    F,
}

impl Student {
    fn average(&self) -> f64 {
        let mut sum = 0u32;
        for s in self.scores {
            sum += s as u32;
        }
        sum as f64 / self.scores.len() as f64
    }

    fn letter(&self) -> Letter {
        let avg = self.average();
        if avg >= 90.0 {
            Letter::A
        } else if avg >= 80.0 {
            Letter::B
        } else if avg >= 70.0 {
            Letter::C
        } else if avg >= 60.0 {
            Letter::D
        } else {
            Letter::F
        }
    }

    fn best(&self) -> u8 {
        let mut best = 0;
        for &s in self.scores.iter() {
            best = best.max(s);
        }
        best
    }
}

fn class_average(students: &[Student]) -> f64 {
    let total = 0.0;
    for st in students {
        total += st.average();
    }
    total / students.len() as f64
}

fn histogram(students: &[Student]) -> [usize; 5] {
    let mut counts = [0usize; 5];
    for st in students {
        let idx = match st.letter() {
            Letter::A => 0,
            Letter::B => 1,
            Letter::C => 2,
            Letter::D => 3,
            Letter::F => 4,
        };
        counts[idx] += 1;
    }
    counts
}

fn main() {
    let class = [
        Student { id: 1, scores: [95, 88, 92, 100] },
        Student { id: 2, scores: [72, 65, 80, 70] },
        Student { id: 3, scores: [50, 61, 58, 49] },
        Student { id: 4, scores: [85, 90, 78, 88] },
    ];
    for st in class.iter() {
        println!("#{} avg {:.2} best {} grade {:?}", st.id, st.average(), st.best(), st.letter());
    }
    println!("class average {:.1}", class_average(&class));
    let h = histogram(&class);
    let labels = ['A', 'B', 'C', 'D', 'F'];
    for i in 0..5 {
        println!("{}: {}", labels[i], h[i]);
    }
}
