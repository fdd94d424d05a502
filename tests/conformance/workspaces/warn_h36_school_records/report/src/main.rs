use records::{letter, Letter, Roster, MAX_STUDENTS};
use records::grades;

fn main() {
    let mut roster = Roster::new();
    let names = ["ana", "ben", "cy", "dee", "eli", "fay", "gus"];
    let scores = [91u8, 78, 85, 59, 64, 100, 70];
    let mut Rejected = 0;
    for i in 0..names.len() {
        if !roster.add(names[i], scores[i]) {
            Rejected += 1;
        }
    }
    let mut best = Letter::F;
    for i in 0..roster.len() {
        let (name, score) = roster.get(i);
        let l = letter(score);
        if l < best {
            best = l;
        }
        println!("{:<4} {:>3} {:?}", name, score, l);
    }
    let spare = MAX_STUDENTS - roster.len();
    println!("average {:.1}, best {:?}, rejected {}", roster.average(), best, Rejected);
}
