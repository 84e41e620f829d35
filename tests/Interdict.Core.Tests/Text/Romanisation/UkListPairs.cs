namespace Interdict.Core.Tests.Text.Romanisation;

/// <summary>
/// Real pairs of a non-Latin name and its Latin spelling from the UK OFSI consolidated list of 2025-04-14
/// (../shared/lists/uk/OFSI_ConList_2025-04-14.xlsx: the 'Name Non-Latin Script' column beside Name 1–6 of the
/// same row), taken once with a script so the tests need no workbook reader: a seeded random sample of 50
/// individuals written in Cyrillic, and every individual written in Georgian, Greek, Hangul or Han.
/// </summary>
internal static class UkListPairs
{
    public static readonly (string NonLatin, string Latin)[] CyrillicSample =
    [
        ("Александр Юрьевич Муранов", "Alexander Yuryevich MURANOV"),
        ("Бессараб Светлана Викторовна", "Svetlana Viktorovna BESSARAB"),
        ("ПИНЧУК Сергей Михайлович", "Sergei Mikhailovich PINCHUK"),
        ("Свищев Дмитрий Александрович", "Dmitry Alexandrovich SVISHCHEV"),
        ("Левченко Сергей Георгиевич", "Sergey Georgievich LEVCHENKO"),
        ("ЗАДАЧИН Андрей Андреевич", "Andrey Andreevich ZADACHIN"),
        ("Мiĸалай Iванавiч ДОЛЯ", "Mikalai Ivanavich DOLIA"),
        ("МЕДВЕДЕВ Владимир Анатольевич", "Vladimir Anatolievich MEDVEDEV"),
        ("Хизри Магомедович Абакаров", "Khizri Magomedovich ABAKAROV"),
        ("Андрей Аркадьевич КЛИМОВ", "Andrei Akardyevich KLIMOV"),
        ("Зубарев Виктор Владиславович", "Viktor Vladislavovich ZUBAREV"),
        ("КНЫШ Максим Геннадьевич", "Maxim Gennadievich KNYSH"),
        ("НАЗАРЕНКО, Юрий Геннадьевич", "Yuri Gennadyevich NAZARENKO"),
        ("Заур Далхатович Геккиев", "Zaur Dalkhatovich GEKKIEV"),
        ("Баталова Рима Акбердиновна", "Rima Akberdinovna BATALOVA"),
        ("КОЛЕРОВ Модест Алексеевич", "Modest Alexeyevich KOLEROV"),
        ("КОРОТКИЙ Александр Владимирович", "Alexander Vladimirovich KOROTKIY"),
        ("АНДРЕЙ РЭМОВИЧ БОКАРЕВ", "Andrey Removich BOKAREV"),
        ("Елена Осиповна Авдеева", "Yelena Osipovna AVDEEVA"),
        ("БУНЕЕВ Геннадий Михайлович", "Gennadiy Mikhaylovich BUNEEV"),
        ("Шеин, Андрей Борисович", "Andrei BORISOVICH SHEIN"),
        ("Михаи́л Ефи́мович Фрадко́в", "Mikhail Efimovich FRADKOV"),
        ("светлана александровна бондаренко", "Svetlana Aleksandrovna BONDARENKO"),
        ("КОВАЛЬЧУК Геннадий Евгеньевич", "Gennady Evgenievich KOVALCHUK"),
        ("Азимов Рахим Азизбоевич", "Rakhim Azizboevich AZIMOV"),
        ("Дмитрий Владимирович Овсянников", "Dmitrii Vladimirovich OVSYANNIKOV"),
        ("АНТОНОВ Владимир Николаевич", "Vladimir Nikolaevich ANTONOV"),
        ("МОЖИЛОВСКИЙ Игорь Владимирович", "Igor Vladimirovich MOZHILOVSKY"),
        ("МАМОНТОВ Аркадий Викторович", "Arkady Viktorovich MAMONTOV"),
        ("Муса Юсупович БАЖАЕВ", "Musa Yusupovich BAZHAEV"),
        ("Дмитрий Владимирович ШМЕЛЕВ", "Dmitry Vladimirovich SHMELEV"),
        ("Александр Георгиевич ВАРФОЛОМЕЕВ", "Aleksandr Georgyevich VARFOLOMEYEV"),
        ("Сяргей Аляксандравiч ЕПIХАЎ", "Siarhei Aliaksandravich EPIKHAU"),
        ("Михаил Сергеевич ШЕРЕМЕТ", "Mikhail Sergeyevich SHEREMET"),
        ("Максим Борисович Егоров", "Maxim Borisovich EGOROV"),
        ("АНТИПОВ Игорь Юрьевич", "Igor Yurievich ANTIPOV"),
        ("РОТЕНБЕРГ Карина Юрьевна", "Karina ROTENBERG"),
        ("ГАСПАРЯН Армен Сумбатович", "Armen Sumbatovich GASPARYAN"),
        ("ШУВАЛОВ Евгений Игоревич", "Evgeny Igorevich SHUVALOV"),
        ("Виктор Вячеславович ЯЦЕНКО", "Viktor Vyacheslavovich YATSENKO"),
        ("ШУЛЕЙКО Юрий Витольдович", "Yuri Vitoldovich SHULEYKO"),
        ("Александр Александрович ПЕТРАШ", "Aliaksandr Aliaksandravich PETRASH"),
        ("КОРНЕТ Игорь Александрович", "Igor Aleksandrovich KORNET"),
        ("Юрий Леонидович Воробьев", "Yuri Leonidovich VOROBIOV"),
        ("А́нна Ю́рьевна Кузнецо́ва", "Anna Yurievna KUZNETSOVA"),
        ("Xомяков Сергей Федорович", "Sergey Fedorovich KHOMYAKOV"),
        ("Семен Алексеевич Машкауцан", "Semen Alekseevich MASHKAUTSAN"),
        ("ВИНОКУРОВА, Екатерина Сергеевна", "Yekaterina Sergeyevna VINOKUROVA"),
        ("Сергей Петрович АРЕНИН", "Sergei Petrovich ARENIN"),
        ("Павел Валерьевич ОДЕРОВ", "Pavel Valerievich ODEROV"),
    ];

    public static readonly (string NonLatin, string Latin)[] Georgian =
    [
        ("შალვა ბედოიძე", "Shalva BEDOIDZE"),
        ("მიხეილ ჩინჩალაძე", "Mikheil CHINCHALADZE"),
        ("ალექსანდრე დარახველიძე", "Aleksandre DARAKHVELIDZE"),
        ("გიორგი გაბიტაშვილი", "Giorgi GABITASHVILI"),
        ("ვახტანგ გომელაური", "Vakhtang GOMELAURI"),
        ("კარლო კაციტაძე", "Karlo KATSITADZE"),
        ("კოკა კაციტაძე", "Koka KATSITADZE"),
        ("მირზა კეზევაძე", "Mirza KEZEVADZE"),
        ("ზვიად ხარაზიშვილი", "Zviad KHARAZISHVILI"),
        ("მილერი ლაგაზაური", "Mileri LAGAZAURI"),
        ("ლევან მურუსიძე", "Levan MURUSIDZE"),
        ("სულხან თამაზაშვილი", "Sulkhan TAMAZASHVILI"),
    ];

    public static readonly (string NonLatin, string Latin)[] Greek =
    [
        ("Δημήτρης Ιωαννίδης", "Demetris IOANNIDES"),
        ("ΧΡΙΣΤΟΔΟΥΛΟΣ Γ. ΒΑΣΙΛΕΙΑΔΗΣ", "Christodoulos Georgiou VASSILIADES"),
    ];

    public static readonly (string NonLatin, string Latin)[] Hangul =
    [
        ("김영복", "KIM YONG BOK"),
        ("노광철", "NO KWANG CHOL"),
        ("리창호", "RI CHANG HO"),
        ("리송진", "RI SONG JIN"),
        ("신금철", "SIN KUM CHOL"),
    ];

    public static readonly (string NonLatin, string Latin)[] Han =
    [
        ("阿不都·哈克", "ABDUL HAQ"),
        ("董勒成", "Dong LECHENG"),
        ("倪高彬", "Gaobin NI"),
        ("金铁三", "Jin TIESAN"),
        ("赵伟", "Wei ZHAO"),
        ("赵光宗", "Guangzong ZHAO"),
    ];
}
