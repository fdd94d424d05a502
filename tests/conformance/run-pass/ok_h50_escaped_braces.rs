fn main() {
    let set = [1, 2, 3];
    println!("set = {{{:?}}}", set);
    println!("{{}} is an empty placeholder");
    print!("{{");
    for (i, x) in set.iter().enumerate() {
        if i > 0 {
            print!(", ");
        }
        print!("{x}");
    }
    println!("}}");
    eprint!("stderr {{}}\n");
}
