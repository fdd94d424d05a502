// Grade curve applied through shared references (a C programmer expects
// pointers to be writable).

#[derive(Debug, Clone, Copy)]
struct Grade {
    student: u16,
    points: u32,
}

fn curve(g: &Grade, bonus: u32) {
    g.points += bonus;
}

fn cap_all(grades: &[Grade; 3], cap: u32) {
    for g in grades.iter() {
        if g.points > cap {
            g.points = cap;
        }
    }
}

fn reset(points: &u32) {
    *points = 0;
}

fn main() {
    let mut grades = [
        Grade { student: 1, points: 71 },
        Grade { student: 2, points: 98 },
        Grade { student: 3, points: 64 },
    ];
    curve(&grades[0], 5);
    cap_all(&grades, 100);
    reset(&grades[2].points);
    grades[1].points += 1;
    println!("{:?}", grades);
}
