use morse::table::encode;
use morse_codec_h57::Signal;

fn main() {
    let message = ['s', 'o', 's'];
    let mut total = 0;
    for c in message {
        for s in encode(c) {
            total += morse::duration(s);
            print!("{}", if s == morse::Signal::Dot { '.' } else { '-' });
        }
        print!(" ");
    }
    println!();
    println!("{} ms at {} ms/unit", total, morse_codec_h57::UNIT_MS);
}
