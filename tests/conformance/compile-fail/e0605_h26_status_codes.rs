// HTTP-like status codes as enums with explicit discriminants and casts.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Status {
    Ok = 200,
    Created = 201,
    NotFound = 404,
    Teapot = 418,
    Internal = 500,
}

#[derive(Debug, Clone, Copy)]
enum Reply {
    Plain(Status),
    Redirect { code: u16, to: u8 },
}

impl Status {
    fn class(self) -> u16 {
        self as u16 / 100
    }

    fn is_error(self) -> bool {
        self.class() >= 4
    }
}

fn code_of(r: Reply) -> u16 {
    match r {
        Reply::Plain(s) => s as u16,
        Reply::Redirect { code, .. } => code,
    }
}

fn main() {
    let all = [Status::Ok, Status::Created, Status::NotFound, Status::Teapot, Status::Internal];
    for s in all {
        println!("{:?} = {} error={}", s, s as i32, s.is_error());
    }
    let r = Reply::Redirect { code: 301, to: 2 };
    println!("{} {}", code_of(r), code_of(Reply::Plain(Status::Teapot)));
    let raw = r as u16;
    let short = Status::Internal as u8;
    let letter = Status::Ok as u16 as char;
    let back = 404u16 as Status;
    println!("{} {} {} {:?}", raw, short, letter, back);
}
