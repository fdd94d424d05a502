// Declaring a variable and reading it before every path assigns it.
fn grade(score: u32) -> char {
    let letter;
    if score >= 90 {
        letter = 'A';
    } else if score >= 80 {
        letter = 'B';
    }
    letter
}

fn main() {
    let total: u32;
    let count = 3;
    for i in 0..count {
        println!("item {i}");
    }
    println!("total {}", total);
    println!("{}", grade(85));
    let bonus: i32;
    loop {
        if count > 2 {
            break;
        }
        bonus = 10;
    }
    println!("{bonus}");
}
