// Formatted print: widths, alignment, fill, precision, radix and Debug.
#[derive(Debug, Clone, Copy)]
struct Grade {
    subject: char,
    score: u32,
    weight: f64,
}

#[derive(Debug)]
struct Student {
    id: u32,
    grades: [Grade; 3],
}

fn print_header() {
    println!("{:<8}|{:^10}|{:>8}", "subject", "score", "weight");
    println!("{:-<8}+{:-^10}+{:->8}", "", "", "");
}

fn weighted_total(grades: &[Grade]) -> f64 {
    let mut total = 0.0;
    for g in grades {
        total += g.score as f64 * g.weight;
    }
    total
}

fn main() {
    let s = Student {
        id: 4711,
        grades: [
            Grade { subject: 'M', score: 87, weight: 0.5 },
            Grade { subject: 'P', score: 92, weight: 0.3 },
            Grade { subject: 'C', score: 75, weight: 0.2 },
        ],
    };
    println!("student #{:06} (hex {:#x}, bin {:b}, oct {:o})", s.id, s.id, s.id, s.id);
    print_header();
    for g in s.grades.iter() {
        println!("{:<8}|{:^10}|{:>8.2}", g.subject, g.score, g.weight);
    }
    let total = weighted_total(&s.grades);
    println!("total = {total:>10.3}");
    println!("total = {0:+.1} ({0:e})", total);
    let width = 12;
    println!("[{:*^width$}]", "done");
    println!("[{:>1$}]", 7, 5);
    println!("{:?}", s.grades[0]);
    println!("{:#?}", s);
    let pi = 3.141592;
    println!("Pi is roughly {:.3}", pi);
    println!("{{escaped braces}} and {}", '{');
}
