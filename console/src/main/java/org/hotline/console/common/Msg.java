package org.hotline.console.common;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The console's words, zh-CN first, in the bureau's own terms (受理, 派单, 签收, 到场, 办结, 退单, 延期, 回访, 督办);
 * {@code messages/msg_en.properties} holds the English ones.
 */
@MessageBundle(value = "msg", locale = "zh-CN")
public interface Msg {
    @Message("城管执法局 热线案件") String appName();
    @Message("退出登录") String logout();
    @Message("您已退出登录") String signedOut();
    @Message("重新登录") String signIn();
    @Message("您好，{name}") String hello(String name);
    @Message("受理来电") String menuNewCall();
    @Message("本中队派单") String menuDispatches();
    @Message("回访") String menuCallbacks();
    @Message("查询案件") String menuLookup();
    @Message("派单队列") String menuQueue();
    @Message("派单队列") String queueTitle();
    @Message("队列中没有待处理的派单") String queueEmpty();
    @Message("退单原因：") String returnedBecause();
    @Message("已处理") String queueDone();
    @Message("改派至") String rerouteTo();
    @Message("改派") String reroute();
    @Message("申请延期至") String extensionAsked();
    @Message("批示（可选）") String decisionNote();
    @Message("同意延期") String grant();
    @Message("不同意") String refuse();
    @Message("查询案件") String lookupTitle();
    @Message("案件编号或来电号码") String lookupLabel();
    @Message("查询") String lookupFind();
    @Message("没有找到案件") String lookupNone();
    @Message("办理过程") String timeline();
    @Message("更正记录") String changes();
    @Message("已更正") String stepCORRECTED();
    @Message("退单") String stepRETURNED();
    @Message("改派") String stepREROUTED();

    @Message("待回访") String callbacksTitle();
    @Message("暂无待回访案件") String noCallbacks();
    @Message("已超期") String callbackOverdue();
    @Message("拨打") String call();
    @Message("回访时限") String callbackDue();
    @Message("已拨打 {count} 次") String attempts(int count);
    @Message("下次可拨打") String nextAttempt();
    @Message("回访记录（可选）") String callbackNotes();
    @Message("满意") String resultSATISFIED();
    @Message("基本满意") String resultBASICALLY_SATISFIED();
    @Message("不满意") String resultDISSATISFIED();
    @Message("联系不上") String resultUNREACHABLE();
    @Message("已记录回访") String callbackRecorded();
    @Message("案件已重办") String callbackReopened();
    @Message("已转督办") String callbackEscalated();
    @Message("您的账号没有可用的工作台。") String noMenu();

    @Message("受理来电") String newCallTitle();
    @Message("来电号码") String phone();
    @Message("匿名来电") String anonymous();
    @Message("来电人姓名") String callerName();
    @Message("来电渠道") String channel();
    @Message("行风热线") String channelHOTLINE();
    @Message("市长公开电话") String channelMAYOR_LINE();
    @Message("局热线电话") String channelBUREAU_LINE();
    @Message("问题类别") String category();
    @Message("紧急程度") String priority();
    @Message("一般") String priorityNORMAL();
    @Message("较急") String priorityHIGH();
    @Message("紧急") String priorityURGENT();
    @Message("所在区") String district();
    @Message("街道") String street();
    @Message("详细地址（不公开）") String address();
    @Message("问题描述") String description();
    @Message("{count} / 2000 字") String charCount(int count);
    @Message("需要回访") String wantsCallback();
    @Message("受理（回车）") String submit();
    @Message("受理中…") String submitting();
    @Message("来电历史") String history();
    @Message("输入至少 7 位号码后显示该来电人近期案件") String historyHint();
    @Message("该号码近 90 天没有案件") String historyNone();
    @Message("请更正标出的内容后再提交") String fixErrors();

    @Message("已受理，请向来电人读出案件编号") String answerTitle();
    @Message("案件编号") String caseNumber();
    @Message("复制") String copy();
    @Message("已复制") String copied();
    @Message("派单中…") String dispatching();
    @Message("到场时限 {onSite} · 办结时限 {resolve}") String promise(String onSite, String resolve);
    @Message("可能与案件 {number} 重复") String likelyDuplicate(String number);
    @Message("受理下一个来电") String nextCall();

    @Message("本中队派单") String dispatchesTitle();
    @Message("暂无待办派单") String noDispatches();
    @Message("这里是最紧急的 {n} 件；办完后刷新，其余的会接着显示。") String moreDispatches(int n);
    @Message("到场") String clockOnSite();
    @Message("办结") String clockResolve();
    @Message("剩余") String left();
    @Message("超时") String overdue();
    @Message("已延期") String extended();
    @Message("签收") String acknowledge();
    @Message("到场") String arrive();
    @Message("处置") String resolve();
    @Message("处置结果") String outcome();
    @Message("公开说明（将公开发布）") String publicSummary();
    @Message("含电话号码、身份证号或来电人姓名的说明不会公开，须改写后发布") String publicSummaryWarning();
    @Message("内部备注（不公开）") String internalNotes();
    @Message("退单") String giveBack();
    @Message("退单原因") String reason();
    @Message("申请延期") String requestExtension();
    @Message("延期理由") String extensionReason();
    @Message("延期至") String extensionUntil();
    @Message("提交") String send();
    @Message("已派单") String statusDISPATCHED();
    @Message("已签收") String statusACKNOWLEDGED();
    @Message("已到场") String statusON_SITE();
    @Message("已退单") String statusRETURNED();
    @Message("待派单") String statusUNROUTED();
    @Message("已处置") String statusRESOLVED();

    @Message("已受理") String caseREGISTERED();
    @Message("待派单") String caseAWAITING_DISPATCH();
    @Message("已派单") String caseDISPATCHED();
    @Message("已签收") String caseACKNOWLEDGED();
    @Message("已到场") String caseON_SITE();
    @Message("已处置，待回访") String caseRESOLVED();
    @Message("已重办") String caseREOPENED();
    @Message("已办结") String caseCLOSED();

    @Message("东区") String districtEAST();
    @Message("西区") String districtWEST();
    @Message("南区") String districtSOUTH();
    @Message("北区") String districtNORTH();

    @Message("当场整改") String outcomeRECTIFIED_ON_SPOT();
    @Message("劝导劝离") String outcomePERSUADED();
    @Message("警告") String outcomeWARNED();
    @Message("依法处罚") String outcomePENALISED();
    @Message("责令拆除") String outcomeDEMOLITION_ORDERED();
    @Message("经核查不属实") String outcomeNOT_SUBSTANTIATED();
    @Message("移交其他部门") String outcomeREFERRED();

    @Message("无权访问") String forbiddenTitle();
    @Message("您的角色不能使用此页面。请返回首页，或用其他账号登录。") String forbiddenText();
    @Message("返回首页") String home();
    @Message("服务暂时不可用，请稍后重试") String unavailable();

    @Message("值班看板") String menuBoard();
    @Message("待审公开") String menuHeld();
    @Message("督办回访") String menuEscalated();
    @Message("月度考核") String menuAssessment();

    @Message("值班看板") String boardTitle();
    @Message("中队") String squad();
    @Message("环节") String stage();
    @Message("全部") String all();
    @Message("筛选") String filter();
    @Message("超时督办") String breachesTitle();
    @Message("没有超时的派单") String noBreaches();
    @Message("位置") String where();
    @Message("超时的时限") String breachedDeadline();
    @Message("已超时") String overdueBy();
    @Message("已督办") String escalated();
    @Message("在办派单") String openTitle();
    @Message("没有符合条件的在办派单") String noOpen();
    @Message("只显示最紧急的 {limit} 件，请用筛选缩小范围") String boardLimit(int limit);

    @Message("待审公开") String heldTitle();
    @Message("以下办理结果的公开说明含有个人信息（电话、身份证号或来电人姓名、门牌号），已暂缓公开。请改写后发布。") String heldIntro();
    @Message("没有暂缓公开的办理结果") String heldNone();
    @Message("被暂缓的说明") String heldText();
    @Message("暂缓原因：") String heldBecause();
    @Message("改写后的公开说明") String heldEdit();
    @Message("发布") String heldPublish();
    @Message("已发布（公开序号 {seq}）") String heldPublished(Object seq);

    @Message("督办回访") String escalatedTitle();
    @Message("重办次数已满、来电人仍不满意的案件，请值班调度或纪检督办。") String escalatedIntro();
    @Message("没有转督办的回访") String escalatedNone();
    @Message("办理轮次") String round();
    @Message("中队报告") String squadReport();
    @Message("转督办时间") String escalatedAt();

    @Message("月度考核") String assessmentTitle();
    @Message("月份") String assessmentMonth();
    @Message("分组") String groupedBy();
    @Message("组别") String group();
    @Message("查看") String show();
    @Message("下载 CSV") String downloadCsv();
    @Message("该月没有可考核的数据") String assessmentNone();
    @Message("{month} 月度考核") String assessmentCaption(String month);
    @Message("计算口径") String definitionsTitle();
    @Message("全局") String byBureau();
    @Message("按中队") String bySquad();
    @Message("按区") String byDistrict();
    @Message("按渠道") String byChannel();
    @Message("按类别") String byCategory();
    @Message("全局") String wholeBureau();
    @Message("未派中队") String noSquad();
    @Message("数") String count();
    @Message("总数") String of();
    @Message("响应率") String figureResponse();
    @Message("按时办结率") String figureOnTimeResolution();
    @Message("按时办结率（不含延期）") String figureOnTimeResolutionWithoutExtensions();
    @Message("满意率") String figureSatisfaction();
    @Message("按时回访率") String figureOnTimeCallback();
    @Message("重办率") String figureReopen();

    @Message("派单规则") String menuRules();
    @Message("派单规则") String rulesTitle();
    @Message("新案件按最具体的规则派给中队：先网格，再类别，再区。保存后新案件立即按新规则派单。") String rulesIntro();
    @Message("网格（可选）") String gridCellOptional();
    @Message("网格") String gridCell();
    @Message("任意类别") String anyCategory();
    @Message("任意") String any();
    @Message("保存规则") String ruleSave();
    @Message("已保存：派给 {squad}") String ruleSaved(Object squad);
    @Message("删除") String ruleRemove();
    @Message("确定删除这条派单规则？") String ruleRemoveConfirm();
    @Message("最后修改") String updated();

    @Message("含电话号码") String heldPhone();
    @Message("含身份证号") String heldIdCard();
    @Message("含来电人姓名") String heldName();

    @Message("本中队提醒") String alarmsLabel();
    @Message("新派单") String alarmNEW_DISPATCH();
    @Message("改派到本中队") String alarmREROUTED();
    @Message("即将超时") String alarmWARNING();
    @Message("已超时") String alarmBREACH();
    @Message("督办") String alarmESCALATION();

    @Message("实时提醒连接中…") String liveConnecting();
    @Message("● 实时提醒已连接") String liveOn();

    @Message("更正") String correct();
    @Message("保存更正") String correctSave();
    @Message("已更正，并记入更正记录") String correctionSaved();
    @Message("位置") String location();

    @Message("案件检索") String menuSearch();
    @Message("案件检索") String searchTitle();
    @Message("案件状态") String caseStatus();
    @Message("受理日期自") String receivedFrom();
    @Message("受理日期至（不含）") String receivedTo();
    @Message("受理时间") String received();
    @Message("更多") String more();

    @Message("页面不存在") String notFoundTitle();
    @Message("您要打开的页面不存在，请从首页进入。") String notFoundText();
    @Message("页面暂时无法显示") String failedTitle();
    @Message("出现了意外错误，您的操作可能没有完成。请返回首页重试；如仍不行，请将下面的编号告诉技术支持。") String failedText();
    @Message("错误编号：") String failedReference();

    @Message("操作未完成，请刷新页面后重试") String actionFailed();
    @Message("网络连接中断，操作未发送，请检查网络后重试") String actionOffline();
}
