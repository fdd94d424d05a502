// HTTP-like status codes as an enum with explicit discriminants, cast to integers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Status {
    Ok = 200,
    Created = 201,
    MovedPermanently = 301,
    NotFound = 404,
    Teapot = 418,
    InternalError = 500,
}

#[derive(Debug, Clone, Copy)]
enum Weekday {
    Mon = 1,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

fn class(s: Status) -> &'static str {
    match s as u16 {
        200..=299 => "success",
        300..=399 => "redirect",
        400..=499 => "client error",
        _ => "server error",
    }
}

fn main() {
    let all = [Status::Ok, Status::Created, Status::MovedPermanently, Status::NotFound, Status::Teapot, Status::InternalError];
    for s in all {
        println!("{:>3} {:<16} {}", s as i32, format_status(s), class(s));
    }
    let days = [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];
    for d in days {
        let n = d as u8;
        println!("{:?} = {} weekend={}", d, n, n >= 6);
    }
    println!("NotFound > Ok: {}", Status::NotFound > Status::Ok);
}

fn format_status(s: Status) -> &'static str {
    match s {
        Status::Ok => "OK",
        Status::Created => "Created",
        Status::MovedPermanently => "Moved",
        Status::NotFound => "Not Found",
        Status::Teapot => "I'm a teapot",
        Status::InternalError => "Internal Error",
    }
}
