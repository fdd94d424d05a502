fn grade(score: u32) -> char {
    let g = 'g: {
        if score >= 90 {
            break 'g 'A';
        }
        if score >= 80 {
            break 'g "B";
        }
        'C'
    };
    g
}

fn main() {
    println!("{}", grade(85));
}
